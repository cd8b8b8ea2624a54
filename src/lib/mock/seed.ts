/** A resource derived from one that the description's examples show. */
export interface SeedResource {
  /** The schema the resource is an instance of. */
  type: string;
  /** The uuid of the example resource it is copied from. */
  from: string;
  /** Strings replaced everywhere in the copy: its own uuid first, then those of its parts, addresses … */
  replace: Record<string, string>;
  /** Top-level fields set on the copy; `null` leaves the field out. */
  set: Record<string, unknown>;
}

const EXAMPLE_VM = 'ce09028b684c3eb78219f5e20bddc3d5';
const EXAMPLE_ROOT_VOLUME = '7197e64d225232a8947765e00de9b58c';
const EXAMPLE_NIC = '12dadcafdbe2331fa1b5048a86f262c9';
const EXAMPLE_IP = '192.168.1.10';
const EXAMPLE_MAC = '00:0c:29:bd:99:fc';

/**
 * VMs beside the example one (Running), one per state worth trying: Flatten
 * runs on a Stopped or a Paused VM and refuses a Migrating or a Destroyed one.
 */
export const SEED_RESOURCES: SeedResource[] = [
  {
    type: 'VmInstanceInventory',
    from: EXAMPLE_VM,
    replace: {
      [EXAMPLE_VM]: '5d1c0a3e2b7f4c69a8e0d2b4c6f81357',
      [EXAMPLE_ROOT_VOLUME]: '6e2d1b4f3c804d7ab9f1e3c5d7092468',
      [EXAMPLE_NIC]: '7f3e2c5a4d914e8bca02f4d6e81a3579',
      [EXAMPLE_IP]: '192.168.1.11',
      [EXAMPLE_MAC]: '00:0c:29:bd:99:fd',
    },
    set: { name: 'Test-VM-Stopped', state: 'Stopped', hostUuid: null },
  },
  {
    type: 'VmInstanceInventory',
    from: EXAMPLE_VM,
    replace: {
      [EXAMPLE_VM]: '8a4f3d6b5ea24f9cdb13a5e7f92b468a',
      [EXAMPLE_ROOT_VOLUME]: '9b5a4e7c6fb34a0dec24b6f8a03c579b',
      [EXAMPLE_NIC]: 'ac6b5f8d7ac44b1efd35c7a9b14d68ac',
      [EXAMPLE_IP]: '192.168.1.12',
      [EXAMPLE_MAC]: '00:0c:29:bd:99:fe',
    },
    set: { name: 'Test-VM-Paused', state: 'Paused' },
  },
  {
    type: 'VmInstanceInventory',
    from: EXAMPLE_VM,
    replace: {
      [EXAMPLE_VM]: 'bd7c6a9e8bd54c2fae46d8bac25e79bd',
      [EXAMPLE_ROOT_VOLUME]: 'ce8d7baf9ce64d3abf57e9cbd36f8ace',
      [EXAMPLE_NIC]: 'df9e8cba0df74e4bca68facde47a9bdf',
      [EXAMPLE_IP]: '192.168.1.13',
      [EXAMPLE_MAC]: '00:0c:29:bd:99:ff',
    },
    set: { name: 'Test-VM-Migrating', state: 'Migrating' },
  },
  {
    type: 'VmInstanceInventory',
    from: EXAMPLE_VM,
    replace: {
      [EXAMPLE_VM]: 'e0af9dcb1e084f5cdb79abdef58bace0',
      [EXAMPLE_ROOT_VOLUME]: 'f1ba0edc2f19406dec8abcef069cbdf1',
      [EXAMPLE_NIC]: '02cb1fed3a2a417efd9bcdf07a0dce02',
      [EXAMPLE_IP]: '192.168.1.14',
      [EXAMPLE_MAC]: '00:0c:29:bd:9a:00',
    },
    set: { name: 'Test-VM-Destroyed', state: 'Destroyed', hostUuid: null },
  },
];
