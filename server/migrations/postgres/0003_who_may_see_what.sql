-- Who may see what: sign-in cards and picture PINs, workers with passwords and one-time
-- codes, caseloads, relatives ("läheinen") with the client's consent, sessions for every kind
-- of person, and the access log the client reads.
-- Times are UTC milliseconds since 1970. Booleans are 0 or 1.
-- `client.sign_in_hash` is left from the placeholder sign-in: new clients get a random value
-- that matches no code, and nothing reads it any more.

-- A relative or friend with a sign-in of their own. Which clients they help, and how, is in
-- `consent`; the `helper` table of the foundation was demo data only and stays unused.
create table relative (
    relative_id bigint generated always as identity primary key,
    display_name text not null,
    created_at bigint not null
);

-- A sign-in card. The token (at least 112 random bits) is stored only as its SHA-256 hash.
-- A person has at most one card in use; issuing a new one revokes the old one.
create table sign_in_card (
    card_id bigint generated always as identity primary key,
    owner_kind text not null,
    owner_id bigint not null,
    token_hash text not null unique,
    issued_by bigint references worker (worker_id),
    issued_at bigint not null,
    revoked_at bigint,
    -- Wrong picture PINs in a row with this card; a worker unlock sets it back to 0.
    failures bigint not null default 0
);

-- A picture PIN (4 pictures in order), stored as an Argon2id hash, and its failure counter:
-- the throttle counts per person (and per card above), never per address, because every
-- kiosk user shares one address.
create table picture_pin (
    owner_kind text not null,
    owner_id bigint not null,
    pin_hash text,
    failures bigint not null default 0,
    wait_until bigint not null default 0,
    updated_at bigint not null,
    primary key (owner_kind, owner_id)
);

-- How a worker proves who they are: one row per (provider, subject), so that Suomi.fi can be
-- added as another provider. `secret_hash` is an Argon2id hash for the password provider.
create table worker_login (
    provider text not null,
    subject text not null,
    worker_id bigint not null references worker (worker_id),
    secret_hash text,
    primary key (provider, subject)
);

-- One-time sign-in codes for workers (first sign-in, a forgotten password): hash only,
-- usable once, short-lived.
create table worker_code (
    code_hash text primary key,
    worker_id bigint not null references worker (worker_id),
    expires_at bigint not null,
    used_at bigint
);

alter table worker add column is_admin bigint not null default 0;
alter table worker add column failures bigint not null default 0;
alter table worker add column wait_until bigint not null default 0;

-- The clients a worker works with. A worker sees only these.
create table caseload (
    worker_id bigint not null references worker (worker_id),
    client_id bigint not null references client (client_id),
    added_at bigint not null,
    primary key (worker_id, client_id)
);

-- What a relative may do for a client. Every change is a new row, so the history stays.
-- A row counts from `effective_at`; widening rights starts a day later unless a worker
-- confirms it, so that a client pressed at the kiosk has time to undo it. A newer row
-- cancels older rows that had not started yet.
create table consent (
    consent_id bigint generated always as identity primary key,
    client_id bigint not null references client (client_id),
    relative_id bigint not null references relative (relative_id),
    may_read_plan bigint not null,
    may_write_plan bigint not null,
    may_see_money bigint not null,
    created_at bigint not null,
    created_by_kind text not null,
    created_by_id bigint not null,
    effective_at bigint not null,
    confirmed_by bigint references worker (worker_id),
    cancelled_at bigint
);
create index consent_pair on consent (client_id, relative_id, consent_id);

-- Sessions are short-lived; the foundation's table only knew clients, so it is replaced.
drop table session;
create table session (
    -- SHA-256 of the cookie value.
    session_hash text primary key,
    -- client, relative or worker, and their id.
    actor_kind text not null,
    actor_id bigint not null,
    -- The client whose data this session works on (a client's own id, the client a relative
    -- chose, or the client a worker opened); null until chosen.
    subject_client_id bigint references client (client_id),
    -- home, kiosk or worker.
    context text not null,
    -- The card used to sign in, so that revoking the card ends the session.
    card_id bigint,
    -- Worker-assisted mode: a worker signed in on top of a client's session.
    assist_worker_id bigint references worker (worker_id),
    -- A card code just issued by this worker, shown once on the next page and then removed.
    card_to_show text,
    assist_seen_at bigint,
    created_at bigint not null,
    last_seen_at bigint not null
);

-- A sign-in in progress: the card is known, the pictures are being chosen.
create table sign_in_attempt (
    attempt_hash text primary key,
    card_id bigint not null references sign_in_card (card_id),
    -- Pictures chosen so far, comma separated; `confirm` holds the first choice of a new PIN.
    picks text not null,
    confirm text,
    context text not null,
    created_at bigint not null
);

-- One row for every read or write of a client's data by someone other than the client.
-- Rows are never changed or deleted (triggers refuse it), and each row's hash covers the
-- previous row's hash, so a verifier finds a changed row. `prev_hash` is unique, so two
-- instances writing at once cannot fork the chain: the loser retries.
create table access_log (
    log_id bigint generated always as identity primary key,
    at_utc bigint not null,
    actor_kind text not null,
    actor_id bigint not null,
    actor_name text not null,
    acting_for text,
    subject_client_id bigint not null,
    object_type text not null,
    action text not null,
    basis text not null,
    outcome text not null,
    channel text not null,
    prev_hash text not null unique,
    row_hash text not null
);
create index access_log_subject on access_log (subject_client_id, log_id);

create function access_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end;
$$;
create trigger access_log_no_change before update or delete on access_log
    for each row execute function access_log_append_only();
