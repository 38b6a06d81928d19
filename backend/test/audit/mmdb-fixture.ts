/**
 * Writes a tiny MaxMind DB (the `.mmdb` format GeoIP2/GeoLite2 use) for tests: an IPv4 tree
 * with one network and its record. Enough of the format (MaxMind DB spec 2.0) for a real reader.
 */
type Value = string | number | bigint | Value[] | { [key: string]: Value };

const control = (type: number, size: number): Buffer => {
  if (size >= 29) throw new Error('fixture values are short');
  // Types above 7 are "extended": type 0 in the control byte, then (type - 7).
  return type <= 7 ? Buffer.from([(type << 5) | size]) : Buffer.from([size, type - 7]);
};

const uint = (type: number, value: number | bigint): Buffer => {
  const bytes: number[] = [];
  for (let v = BigInt(value); v > 0n; v >>= 8n) bytes.unshift(Number(v & 0xffn));
  return Buffer.concat([control(type, bytes.length), Buffer.from(bytes)]);
};

function encode(value: Value): Buffer {
  if (typeof value === 'string') {
    const bytes = Buffer.from(value, 'utf8');
    return Buffer.concat([control(2, bytes.length), bytes]);
  }
  if (typeof value === 'bigint') return uint(9, value); // uint64
  if (typeof value === 'number') return uint(value <= 0xffff ? 5 : 6, value); // uint16 / uint32
  if (Array.isArray(value)) return Buffer.concat([control(11, value.length), ...value.map(encode)]);
  const entries = Object.entries(value);
  return Buffer.concat([control(7, entries.length), ...entries.flatMap(([k, v]) => [encode(k), encode(v)])]);
}

/** An `.mmdb` in which `network` (IPv4 CIDR) maps to `record` and every other address to nothing. */
export function buildMmdb(network: string, record: { [key: string]: Value }): Buffer {
  const [address, bitsText] = network.split('/');
  const bits = Number(bitsText);
  const prefix = address.split('.').reduce((n, octet) => (n << 8) | Number(octet), 0) >>> 0;
  const nodeCount = bits;
  const data = encode(record);
  const dataPointer = nodeCount + 16; // data offset 0, past the 16-byte separator
  const tree = Buffer.alloc(nodeCount * 6); // 24-bit records, two per node
  for (let depth = 0; depth < bits; depth++) {
    const bit = (prefix >>> (31 - depth)) & 1;
    const next = depth === bits - 1 ? dataPointer : depth + 1;
    tree.writeUIntBE(bit ? nodeCount : next, depth * 6, 3);
    tree.writeUIntBE(bit ? next : nodeCount, depth * 6 + 3, 3);
  }
  const metadata = encode({
    binary_format_major_version: 2,
    binary_format_minor_version: 0,
    build_epoch: BigInt(Math.floor(Date.now() / 1000)),
    database_type: 'GeoLite2-City',
    description: { en: 'test fixture' },
    ip_version: 4,
    languages: ['en', 'ru'],
    node_count: nodeCount,
    record_size: 24,
  });
  return Buffer.concat([
    tree,
    Buffer.alloc(16),
    data,
    Buffer.from('abcdef4d61784d696e642e636f6d', 'hex'),
    metadata,
  ]);
}
