import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

const T = 'guilt_by_association';

test('"the same … who <past deed>" identifies the actor with the authors of that deed', () => {
  const flags = flagsOf('The same consultants who staged the riots of 2014 now advise the opposition in Tbilisi.', T);
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a present-tense "the same X that is …" is a comparison, not an association', () => {
  assert.deepEqual(flagsOf('The same bank that is open on Sundays charges no fees.', T), []);
});

test('a likeness to a stigmatised organisation said of an actor is structural; alone it stays lexical', () => {
  const named = flagsOf('The raid on the newspaper was a method worthy of the Stasi, and Hungary should be ashamed.', T);
  assert.equal(named.length, 1);
  assert.ok(named[0]!.confidence > 0.4);
  const alone = flagsOf('The raid on the newspaper was a method worthy of the Stasi.', T);
  assert.equal(alone.length, 1);
  assert.ok(alone[0]!.confidence <= 0.4);
});

test('"the same X that <past deed> now lectures …" is a double standard, not guilt by association', () => {
  assert.deepEqual(flagsOf('The same lenders that ruined the port in 2009 now lecture the town about thrift.', T), []);
});
