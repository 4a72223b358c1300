/**
 * Choosing a member: type part of a name or an id (searched in the roster the page already has),
 * or a national id (searched on the server, debounced: national ids are not sent to the page).
 * An ARIA 1.2 combobox: arrow keys move, Enter picks, Escape closes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { looksLikeNationalId, searchRoster } from '../../src/core/forms/search';
import type { RosterEntry } from '../../src/core/forms/search';
import { call } from '../lib/rpc';
import { t } from '../lib/i18n';
import { describedBy, FieldError, isFailure } from './common';

interface Props {
  id: string;
  label: string;
  roster: RosterEntry[];
  /** The chosen member's id ('' for none). */
  value: string;
  onChange: (id: string) => void;
  error?: string;
  /** A search box (the look-up) is not a required field of a form. */
  required?: boolean;
}

export function statusLabel(status: RosterEntry['status']): string {
  return t(`status.${status}` as 'status.active');
}

function show(m: RosterEntry): string {
  return `${m.id} ${m.name}`;
}

export function MemberPicker({ id, label, roster, value, onChange, error, required = true }: Props) {
  const chosen = value ? roster.find((m) => m.id === value) : undefined;
  const [query, setQuery] = useState(chosen ? show(chosen) : '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [remote, setRemote] = useState<RosterEntry[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const listId = `${id}-list`;

  // The box always says who the form holds: a member picked, or (when the form lets go of the
  // member, e.g. after a save) an empty box, never a name the form has forgotten.
  const shown = useRef('');
  useEffect(() => {
    if (!value) {
      if (shown.current !== '' && query === shown.current) setQuery('');
      shown.current = '';
      return;
    }
    const m = roster.find((x) => x.id === value) ?? remote.find((x) => x.id === value);
    if (m) {
      shown.current = show(m);
      setQuery(show(m));
    }
  }, [value]);

  // National ids are searched on the server, after the typing pauses; so is everything when the
  // fund is too big for its roster to be sent to the page (the roster then comes empty).
  const serverSearch = roster.length === 0;
  useEffect(() => {
    window.clearTimeout(timer.current);
    const byId = looksLikeNationalId(query);
    if (!byId && !(serverSearch && query.trim().length >= 2 && !(chosen && query === show(chosen)))) {
      setRemote([]);
      return;
    }
    timer.current = window.setTimeout(() => {
      call(byId ? 'findMembersByNationalId' : 'findMembers', query)
        .then((r) => setRemote(isFailure(r) ? [] : r))
        .catch(() => setRemote([]));
    }, 400);
  }, [query]);

  const local = chosen && query === show(chosen) ? [] : searchRoster(roster, query, 12);
  const matches = local.concat(remote.filter((r) => !local.some((l) => l.id === r.id)));
  const expanded = open && matches.length > 0;

  function pick(m: RosterEntry) {
    shown.current = show(m);
    setQuery(show(m));
    setOpen(false);
    onChange(m.id);
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive(Math.min(active + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (e.key === 'Enter') {
      if (expanded && matches[active]) {
        e.preventDefault();
        pick(matches[active]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  }

  const hint = t('form.pickerHint');
  return (
    <div class="field picker">
      <label for={id}>{required ? `${label} *` : label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={expanded && matches[active] ? `${id}-opt-${active}` : undefined}
        aria-required={required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, error, hint)}
        value={query}
        onInput={(e) => {
          const q = (e.currentTarget as HTMLInputElement).value;
          setQuery(q);
          setOpen(true);
          setActive(0);
          if (value) onChange('');
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      <ul id={listId} role="listbox" aria-label={label} class="options" hidden={!expanded}>
        {expanded &&
          matches.map((m, i) => (
            <li
              key={m.id}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active ? 'true' : 'false'}
              class={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(m);
              }}
            >
              <span class="opt-id">{m.id}</span> {m.name}
              <span class="muted">
                {' '}
                · {m.village || '-'}
                {m.status !== 'active' ? ` · ${statusLabel(m.status)}` : ''}
              </span>
            </li>
          ))}
      </ul>
      <div class="muted" id={`${id}-hint`}>
        {hint}
      </div>
      {open && !value && query.trim().length >= 2 && matches.length === 0 && (
        <div class="field-warning" role="status">
          {t('form.noMatch', { query: query.trim() })}
        </div>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}
