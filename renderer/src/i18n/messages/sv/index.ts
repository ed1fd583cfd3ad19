/** Every feature's strings in this language: loaded on its own when the language is chosen. */
import type { English } from '../en';
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

const messages: English = { shell, common, settings, firstRun, compose, outbox, items, rejected, inbox, thread, linkPanel, errors, system, transfer, notifications };

export default messages;
