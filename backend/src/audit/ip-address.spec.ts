import { isLocalNetworkIp, normalizeIp } from './ip-address';

describe('normalizeIp', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:DB8::1', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    [' 10.0.0.1 ', '10.0.0.1'],
    ['unknown', null],
    ['1.2.3.4, 5.6.7.8', null],
    ['', null],
    [null, null],
  ])('%s → %s', (ip, expected) => expect(normalizeIp(ip)).toBe(expected));
});

describe('isLocalNetworkIp', () => {
  it.each([
    '127.0.0.1',
    '::1',
    '::ffff:127.0.0.1',
    '10.1.2.3',
    '172.20.0.5',
    '192.168.1.10',
    '169.254.0.1',
    'fd00::5',
    'fe80::1',
  ])('%s is local', (ip) => expect(isLocalNetworkIp(ip)).toBe(true));
  it.each(['8.8.8.8', '172.32.0.1', '203.0.113.7', '2001:db8::1', 'garbage'])('%s is not', (ip) =>
    expect(isLocalNetworkIp(ip)).toBe(false),
  );
});
