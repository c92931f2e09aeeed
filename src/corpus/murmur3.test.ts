import assert from 'node:assert/strict';
import { test } from 'node:test';
import { murmur3, murmur3String, murmur3Words } from './murmur3.js';

test('MurmurHash3 x86_32 gives the reference implementation\'s values', () => {
  // Published test vectors of the reference C++ implementation (SMHasher).
  const vectors: [string, number, number][] = [
    ['', 0, 0],
    ['', 1, 0x514e28b7],
    ['', 0xffffffff, 0x81f16f39],
    ['test', 0, 0xba6bd213],
    ['Hello, world!', 0, 0xc0363e43],
    ['The quick brown fox jumps over the lazy dog', 0, 0x2e4ff723],
    ['aaaa', 0x9747b28c, 0x5a97808a],
    ['abc', 0, 0xb3dd93fa],
  ];
  for (const [text, seed, expected] of vectors) assert.equal(murmur3String(text, seed), expected, `${JSON.stringify(text)} seed ${seed}`);
});

test('strings are hashed as UTF-8', () => {
  assert.equal(murmur3String('Zürich – 北京'), murmur3(Buffer.from('Zürich – 北京', 'utf8')));
});

test('hashing 32-bit words equals hashing their little-endian bytes', () => {
  const words = Uint32Array.of(0xdeadbeef, 7, 0x80000000, 123456789, 0xffffffff);
  const bytes = Buffer.alloc(words.length * 4);
  words.forEach((w, i) => bytes.writeUInt32LE(w, i * 4));
  assert.equal(murmur3Words(words, 1, 3, 42), murmur3(bytes.subarray(4, 16), 42));
  assert.equal(murmur3Words(words, 0, 5), murmur3(bytes));
});
