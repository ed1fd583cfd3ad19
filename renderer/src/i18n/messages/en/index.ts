/** Every feature's English strings: the reference every other language must match, key for key. */
import { shell } from './shell';
import { common } from './common';
import { settings } from './settings';
import { firstRun } from './firstRun';
import { compose } from './compose';
import { outbox } from './outbox';
import { items } from './items';
import { rejected } from './rejected';
import { inbox } from './inbox';
import { thread } from './thread';
import { linkPanel } from './linkPanel';
import { errors } from './errors';
import { system } from './system';
import { transfer } from './transfer';
import { notifications } from './notifications';

const messages = { shell, common, settings, firstRun, compose, outbox, items, rejected, inbox, thread, linkPanel, errors, system, transfer, notifications };

/** The shape of every language's strings (and the keys t() accepts). */
export type English = typeof messages;

export default messages;
