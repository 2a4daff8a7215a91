import { describe, expect, it } from 'vitest';
import { expectCall, failed, fixture, succeeded, useMockGhasedak } from '../test-support/mock-ghasedak';

const mock = useMockGhasedak();


describe('contacts', () => {
  it('createGroup posts name and parent and returns the group id as a string', async () => {
    mock.reply('contact/group/new', { body: fixture('group-new.json') });
    const group = await mock.provider.native.contacts.createGroup({ name: 'test', parentId: 209530 });
    expectCall(mock, 0, 'POST', 'contact/group/new', 'name=test&parent=209530');
    expect(group).toEqual({ groupId: '209531', raw: fixture('group-new.json') });
  });

  it('addNumbers lines up the number, name and email lists', async () => {
    mock.reply('contact/group/addnumber', { body: fixture('success-no-items.json') });
    await mock.provider.native.contacts.addNumbers({
      groupId: '172694',
      contacts: [
        { number: '09121111111', firstName: 'Ali', lastName: 'Rezaei', email: 'ali@example.com' },
        { number: '+98 912 222 2222', firstName: 'Sara' },
      ],
    });
    expectCall(mock, 0, 'POST', 'contact/group/addnumber', 'groupid=172694&number=09121111111%2C09122222222&firstname=Ali%2CSara&lastname=Rezaei%2C&email=ali%40example.com%2C');
  });

  it('addNumbers refuses a name with a comma', async () => {
    const error = await mock.provider.native.contacts
      .addNumbers({ groupId: 1, contacts: [{ number: '09121111111', firstName: 'Rezaei, Ali' }] })
      .then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
    expect(mock.calls()).toHaveLength(0);
  });

  it('listGroups is a GET with parent in the query', async () => {
    mock.reply('contact/group/list', { body: fixture('group-list.json') }, { method: 'GET' });
    const groups = await mock.provider.native.contacts.listGroups({ parentId: 0 });
    expectCall(mock, 0, 'GET', 'contact/group/list', undefined, { parent: '0' });
    expect(groups.map(({ id, name, parentId }) => ({ id, name, parentId }))).toEqual([
      { id: '172694', name: 'test2', parentId: '0' },
      { id: '173748', name: 'test', parentId: '0' },
    ]);
  });

  it('listNumbers is a GET with groupid, offset and page in the query', async () => {
    mock.reply('contact/group/listnumber', { body: fixture('group-listnumber.json') }, { method: 'GET' });
    const contacts = await mock.provider.native.contacts.listNumbers({ groupId: 172694, page: 0, pageSize: 100 });
    expectCall(mock, 0, 'GET', 'contact/group/listnumber', undefined, { groupid: '172694', offset: '100', page: '0' });
    expect(contacts).toEqual([
      { firstName: 'test', lastName: 'test', number: '0911111111', email: 'test', raw: (fixture('group-listnumber.json') as { items: unknown[] }).items[0] },
    ]);
  });

  it('renameGroup, removeGroup and removeNumbers post their forms', async () => {
    mock.reply('contact/group/edit', { body: fixture('success-no-items.json') });
    mock.reply('contact/group/remove', { body: fixture('success-no-items.json') });
    mock.reply('contact/group/number/remove', { body: fixture('success-no-items.json') });
    await expect(mock.provider.native.contacts.renameGroup({ groupId: 172694, name: 'test' })).resolves.toBeUndefined();
    await expect(mock.provider.native.contacts.removeGroup({ groupId: '172694' })).resolves.toBeUndefined();
    await expect(mock.provider.native.contacts.removeNumbers({ groupId: 172694, contactIds: ['217820318', 217820319] })).resolves.toBeUndefined();
    expectCall(mock, 0, 'POST', 'contact/group/edit', 'groupid=172694&name=test');
    expectCall(mock, 1, 'POST', 'contact/group/remove', 'groupid=172694');
    expectCall(mock, 2, 'POST', 'contact/group/number/remove', 'groupid=172694&ids=217820318%2C217820319');
  });

  it('refuses a group id that is not a number', async () => {
    const error = await mock.provider.native.contacts.removeGroup({ groupId: 'friends' }).then(succeeded, failed);
    expect(error.code).toBe('INVALID_INPUT');
    expect(mock.calls()).toHaveLength(0);
  });
});
