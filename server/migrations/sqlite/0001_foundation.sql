-- Foundation: clients, sessions, plan drafts and saved plan versions.
-- Times are UTC milliseconds since 1970.

create table client (
    client_id integer primary key,
    display_name text not null,
    -- SHA-256 of the normalised sign-in code; the code itself is never stored.
    sign_in_hash text not null unique,
    created_at integer not null
);

create table worker (
    worker_id integer primary key,
    display_name text not null,
    created_at integer not null
);

create table helper (
    helper_id integer primary key,
    client_id integer not null references client (client_id),
    display_name text not null,
    created_at integer not null
);

create table session (
    -- SHA-256 of the cookie value.
    session_hash text primary key,
    client_id integer not null references client (client_id),
    created_at integer not null,
    last_seen_at integer not null
);

create table plan_draft_section (
    client_id integer not null references client (client_id),
    section text not null,
    -- JSON of the answer; null when the section was emptied.
    answer text,
    -- Raised by one on every write; a write names the version it was based on.
    version integer not null,
    updated_at integer not null,
    updated_by_role text not null,
    updated_by_name text not null,
    primary key (client_id, section)
);

create table plan_pending (
    client_id integer not null references client (client_id),
    section text not null,
    -- JSON of the refused input and why it was refused.
    pending text not null,
    updated_at integer not null,
    primary key (client_id, section)
);

create table plan_version (
    plan_version_id integer primary key,
    client_id integer not null references client (client_id),
    version_no integer not null,
    content text not null,
    saved_by_role text not null,
    saved_by_name text not null,
    created_at integer not null,
    unique (client_id, version_no)
);

create table form_submission (
    idem_key text primary key,
    client_id integer not null,
    -- Where the first submission led; a repeated submission goes there too.
    outcome text not null,
    created_at integer not null
);
