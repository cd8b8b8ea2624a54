import { describe, expect, it } from 'vitest';
import {
  getCanonicalAddress,
  getEndpointAddress,
  getForbiddenAddressKind,
  isMetadataHostname,
} from '../../../../src/lib/proxy/addresses';

describe('getForbiddenAddressKind', () => {
  it('finds the link-local ranges of IPv4 and IPv6', () => {
    for (const address of [
      '169.254.169.254',
      '169.254.0.1',
      '169.254.255.255',
      'fe80::1',
      'febf:ffff::1',
      '[fe80::a%25eth0]',
      'fe80::1%eth0',
    ]) {
      expect(getForbiddenAddressKind(address), address).toBe('link-local');
    }
  });

  it('finds the metadata addresses outside them and the unspecified address', () => {
    expect(getForbiddenAddressKind('100.100.100.200')).toBe('metadata');
    expect(getForbiddenAddressKind('fd00:ec2::254')).toBe('metadata');
    expect(getForbiddenAddressKind('FD00:0EC2:0:0:0:0:0:0254')).toBe('metadata');
    expect(getForbiddenAddressKind('0.0.0.0')).toBe('unspecified');
    expect(getForbiddenAddressKind('::')).toBe('unspecified');
  });

  it('sees through IPv4 addresses embedded in IPv6', () => {
    expect(getForbiddenAddressKind('::ffff:169.254.169.254')).toBe('link-local');
    expect(getForbiddenAddressKind('::ffff:a9fe:a9fe')).toBe('link-local');
    expect(getForbiddenAddressKind('64:ff9b::100.100.100.200')).toBe('metadata');
  });

  it('lets loopback, private and public addresses pass', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.8',
      '172.16.3.4',
      '192.168.1.10',
      '100.100.100.201',
      '169.253.255.255',
      '169.255.0.1',
      '::1',
      'fec0::1',
      'fd00:ec2::253',
      '2001:db8::1',
      '::ffff:127.0.0.1',
    ]) {
      expect(getForbiddenAddressKind(address), address).toBeNull();
    }
  });

  it('answers null for names and malformed addresses', () => {
    for (const text of [
      'localhost',
      'zstack.example',
      '169.254.1',
      '256.1.1.1',
      '1::2::3',
      'fe80::g',
      '1:2:3:4:5:6:7:8:9',
    ]) {
      expect(getForbiddenAddressKind(text), text).toBeNull();
    }
  });
});

describe('getCanonicalAddress', () => {
  it('spells each address one way', () => {
    expect(getCanonicalAddress('[::FFFF:A9FE:A9FE]')).toBe('169.254.169.254');
    expect(getCanonicalAddress('FD00:EC2:0::0254')).toBe('fd00:ec2:0:0:0:0:0:254');
    expect(getCanonicalAddress('::1')).toBe('0:0:0:0:0:0:0:1');
    expect(getCanonicalAddress('010.1.1.1')).toBe('10.1.1.1');
    expect(getCanonicalAddress('zstack.example')).toBeNull();
  });

  it('reads the host of an endpoint origin, whatever spelling the URL parser was given', () => {
    expect(getEndpointAddress(new URL('http://0xA9FEA9FE').origin)).toBe('169.254.169.254');
    expect(getEndpointAddress(new URL('http://2852039166:8080').origin)).toBe('169.254.169.254');
    expect(getEndpointAddress('http://[fd00:ec2::254]')).toBe('fd00:ec2:0:0:0:0:0:254');
    expect(getEndpointAddress('https://zstack.example')).toBeNull();
  });
});

describe('isMetadataHostname', () => {
  it('knows the metadata services’ names in any case, with or without the final dot', () => {
    for (const name of [
      'metadata.google.internal',
      'METADATA.google.internal.',
      'metadata.goog',
      'metadata',
      'instance-data',
      'metadata.tencentyun.com',
    ]) {
      expect(isMetadataHostname(name), name).toBe(true);
    }
    expect(isMetadataHostname('metadata.zstack.example')).toBe(false);
  });
});
