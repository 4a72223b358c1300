/** Checks of the fund ledger: every row says what kind of money it is, how much, and from or to whom. */
import { CHOICES } from '../schema';
import { formatBaht } from '../parse';
import { be, msg, type CheckContext } from './context';

const KIND_CHOICES = CHOICES.ledgerKind.map((c) => c.th).join(', ');

export function checkLedger(ctx: CheckContext): void {
  for (const e of ctx.book.ledger) {
    if (e.kind === null && e.kindText.trim() !== '') {
      ctx.add(
        'error',
        'ledger.unknown-kind',
        'ledger',
        e.row,
        'kind',
        msg('check.ledger.unknownKind', { value: e.kindText, choices: KIND_CHOICES }),
        msg('check.ledger.unknownKindFix', { choices: KIND_CHOICES }),
        e.kindText,
      );
    }
    if (e.amount !== null && e.amount <= 0) {
      ctx.add(
        'error',
        'ledger.amount-not-positive',
        'ledger',
        e.row,
        'amount',
        msg('check.ledger.amountNotPositive', { amount: formatBaht(e.amount) }),
        msg('check.ledger.amountNotPositiveFix'),
        e.amount,
      );
    }
    if (e.source.trim() === '') {
      ctx.add(
        'error',
        'ledger.source-missing',
        'ledger',
        e.row,
        'source',
        msg('check.ledger.sourceMissing'),
        msg('check.ledger.sourceMissingFix'),
        '',
      );
    }
    if (e.day !== null && e.day > ctx.asOf) {
      ctx.add(
        'error',
        'date.future',
        'ledger',
        e.row,
        'date',
        msg('check.date.future', { date: be(e.day), today: be(ctx.asOf) }),
        msg('check.date.futureFix'),
      );
    }
  }
}
