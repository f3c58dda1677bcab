-- Money: budget decisions, support lines linked to the plan's wishes, spending, and spending
-- imports waiting for a worker's confirmation. Money is integer cents; calendar dates are
-- text 'YYYY-MM-DD'; times are UTC milliseconds.

-- A personal-budget decision for a fixed period. A client may have several over time; the
-- one whose period covers today (or else the newest) is current.
create table budget_decision (
    decision_id bigint generated always as identity primary key,
    client_id bigint not null references client (client_id),
    period_start text not null,
    period_end text not null,
    granted_cents bigint not null,
    reference text not null,
    next_follow_up text,
    entered_by_id bigint not null references worker (worker_id),
    entered_by_name text not null,
    -- Raised by one on every change; a change names the version it was based on.
    version bigint not null,
    created_at bigint not null,
    updated_at bigint not null
);
create index budget_decision_client on budget_decision (client_id, period_start);

-- A support line: what the money is for, in plain words, and how it is arranged.
create table support_line (
    line_id bigint generated always as identity primary key,
    decision_id bigint not null references budget_decision (decision_id),
    name text not null,
    amount_cents bigint not null,
    -- self (with the money), voucher (service voucher), municipal, other.
    arrangement text not null,
    version bigint not null,
    created_at bigint not null
);

-- The wishes of the plan a line serves: a section and the item's place in it, with the
-- item's words when linked (the plan may change later).
create table support_line_wish (
    line_id bigint not null references support_line (line_id),
    section text not null,
    item_index bigint not null,
    item_text text not null,
    primary key (line_id, section, item_index)
);

-- Spending. Never changed: a correction is a new entry with the opposite amount that names
-- the entry it reverses (once).
create table spending (
    spending_id bigint generated always as identity primary key,
    client_id bigint not null references client (client_id),
    decision_id bigint not null references budget_decision (decision_id),
    line_id bigint not null references support_line (line_id),
    spent_on text not null,
    amount_cents bigint not null,
    description text not null,
    entered_by_kind text not null,
    entered_by_id bigint not null,
    entered_by_name text not null,
    -- typed or import.
    source text not null,
    -- The finance system's id of an imported entry: the same entry is never imported twice.
    import_ref text,
    reverses bigint unique references spending (spending_id),
    -- The key of the form that wrote it: a double tap writes once.
    idem_key text unique,
    created_at bigint not null,
    unique (client_id, import_ref)
);
create index spending_decision on spending (decision_id, spent_on);

-- An uploaded file waiting for the worker to look at every row and confirm.
create table spending_import (
    import_id bigint generated always as identity primary key,
    session_hash text not null,
    client_id bigint not null references client (client_id),
    decision_id bigint not null references budget_decision (decision_id),
    -- JSON: every row with what it maps to or why it is wrong.
    rows_json text not null,
    created_at bigint not null
);

-- A worker's form that was refused, kept with its errors until it is sent right, so the
-- worker's input is never lost.
create table refused_form (
    session_hash text not null,
    form text not null,
    fields_json text not null,
    created_at bigint not null,
    primary key (session_hash, form)
);
