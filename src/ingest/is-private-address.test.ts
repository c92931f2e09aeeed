import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPrivateAddress, isPrivateIp } from './is-private-address.js';

test('private, loopback and link-local IPs are private; public ones are not', () => {
  for (const ip of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:10.0.0.1', '[::1]']) {
    assert.equal(isPrivateIp(ip), true, ip);
  }
  for (const ip of ['8.8.8.8', '172.32.0.1', '192.169.0.1', '100.128.0.1', '2001:4860:4860::8888', 'example.org']) {
    assert.equal(isPrivateIp(ip), false, ip);
  }
});

test('a host name is private when any address it resolves to is', async () => {
  const lookup = async (host: string): Promise<string[]> => (host === 'intranet.example' ? ['93.184.216.34', '10.1.2.3'] : ['93.184.216.34']);
  assert.equal(await isPrivateAddress('intranet.example', lookup), true);
  assert.equal(await isPrivateAddress('www.example', lookup), false);
  assert.equal(await isPrivateAddress('localhost', lookup), true);
  assert.equal(await isPrivateAddress('10.0.0.1', lookup), true);
  // The real resolver: localhost is loopback wherever this runs.
  assert.equal(await isPrivateAddress('127.0.0.1'), true);
});
