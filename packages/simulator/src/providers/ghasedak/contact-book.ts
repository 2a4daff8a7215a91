import { createIdSequence } from '../../store/id-sequence';

export interface ContactGroup {
  id: number;
  name: string;
  parent: number;
}

export interface Contact {
  id: number;
  groupId: number;
  firstName: string;
  lastName: string;
  number: string;
  email: string;
}

/** Ghasedak contact groups, kept in memory. Group 0 is the root. */
export interface ContactBook {
  createGroup(name: string, parent: number): ContactGroup;
  group(id: number): ContactGroup | undefined;
  groups(parent: number): ContactGroup[];
  /** Removes the group, its subgroups and their contacts. */
  removeGroup(id: number): void;
  addContacts(contacts: Omit<Contact, 'id'>[]): Contact[];
  contacts(groupId: number): Contact[];
  removeContacts(groupId: number, ids: number[]): void;
  reset(): void;
}

export function createContactBook(): ContactBook {
  // Id ranges from the seed's examples (groupid 209531, contact record ids 217820318).
  const groupIds = createIdSequence(209_531);
  const contactIds = createIdSequence(217_820_318);
  let groups: ContactGroup[] = [];
  let contacts: Contact[] = [];

  const descendants = (id: number): number[] => {
    const children = groups.filter((group) => group.parent === id).map((group) => group.id);
    return [id, ...children.flatMap(descendants)];
  };

  return {
    createGroup(name, parent) {
      const group = { id: groupIds.next(), name, parent };
      groups.push(group);
      return group;
    },
    group: (id) => groups.find((group) => group.id === id),
    groups: (parent) => groups.filter((group) => group.parent === parent),
    removeGroup(id) {
      const removed = new Set(descendants(id));
      groups = groups.filter((group) => !removed.has(group.id));
      contacts = contacts.filter((contact) => !removed.has(contact.groupId));
    },
    addContacts(entries) {
      const added = entries.map((entry) => ({ ...entry, id: contactIds.next() }));
      contacts.push(...added);
      return added;
    },
    contacts: (groupId) => contacts.filter((contact) => contact.groupId === groupId),
    removeContacts(groupId, ids) {
      const removed = new Set(ids);
      contacts = contacts.filter((contact) => contact.groupId !== groupId || !removed.has(contact.id));
    },
    reset() {
      groups = [];
      contacts = [];
    },
  };
}
