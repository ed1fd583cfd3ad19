import { describe, expect, it } from 'vitest';
import type { CapturedMessage } from '../../../shared/domain/mail';
import { resolveOwner, type OwnerDecision, type OwnerInput } from '../../../shared/rules/capture/owner';

const own = { primary: 'sam@seller.example', verified: ['sam.alt@seller.example'], pending: ['sam.new@seller.example'] };
const customer = 'john.doe@acme.com';

type Row = [name: string, input: Omit<OwnerInput, 'own'>, expected: OwnerDecision];

/** Mail that came in through the drop box / through sync: `author` is the sender unless it was forwarded. */
const dropbox = (sender: string | undefined, author = sender): Omit<OwnerInput, 'own'> => ({ sourceKind: 'dropbox', sender, author });
const sync = (sender: string, author = sender): Omit<OwnerInput, 'own'> => ({ sourceKind: 'sync', sender, author });
const accepted = (owner: string, direction: CapturedMessage['direction']): OwnerDecision => ({ kind: 'accepted', owner, direction });
const rejected = (reason: 'unknown-owner' | 'owner-pending', detail: string): OwnerDecision => ({ kind: 'rejected', reason, detail });

const rows: Row[] = [
  ['R3.3 accepts mail the primary address sent as outgoing', dropbox('sam@seller.example'), accepted('sam@seller.example', 'outgoing')],
  ['R3.3 accepts a verified alternate address, compared case-insensitively', dropbox('Sam.Alt@Seller.Example'), accepted('sam.alt@seller.example', 'outgoing')],
  ['R3.3 rejects an unknown sender as unknown-owner, naming the sender', dropbox('mallory@evil.example'), rejected('unknown-owner', 'mallory@evil.example')],
  ['R3.3 rejects mail without a sender as unknown-owner', dropbox(undefined), rejected('unknown-owner', 'no sender address')],
  ['R3.8 holds mail from a pending alternate as owner-pending', dropbox('sam.new@seller.example'), rejected('owner-pending', 'sam.new@seller.example')],
  ['R3.2 a reply the owner forwarded is incoming, owned by the forwarder', dropbox('sam.alt@seller.example', customer), accepted('sam.alt@seller.example', 'incoming')],
  ['R3.3 a forward by a stranger is rejected even though the author is a customer', dropbox('mallory@evil.example', customer), rejected('unknown-owner', 'mallory@evil.example')],
  ['R3.8 a forward by a pending alternate is held', dropbox('sam.new@seller.example', customer), rejected('owner-pending', 'sam.new@seller.example')],
  ['R4.9 the owner forwarding their own mail again stays outgoing', dropbox('sam@seller.example', 'sam.alt@seller.example'), accepted('sam@seller.example', 'outgoing')],
  ['R7 synced mail from an own address is outgoing, owned by that address', sync('sam.alt@seller.example'), accepted('sam.alt@seller.example', 'outgoing')],
  ['R7.4 synced mail from a customer is incoming and owned by the account', sync(customer), accepted('sam@seller.example', 'incoming')],
  ['R7 synced mail from a pending alternate is not ours yet: incoming, never rejected', sync('sam.new@seller.example'), accepted('sam@seller.example', 'incoming')],
];

describe('resolveOwner', () => {
  it.each(rows)('%s', (_name, input, expected) => {
    expect(resolveOwner({ ...input, own })).toEqual(expected);
  });
});
