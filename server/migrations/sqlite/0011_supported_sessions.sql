-- Supported decision-making (issue 13): a worker and the client at one screen, and who said
-- each statement written into the plan. Times are UTC milliseconds.

-- A supported session: the worker beside the client, from the press that starts it to the
-- press that ends it or to the end of worker-assisted mode (then `ended_by` is 'idle').
create table supported_session (
    supported_session_id integer primary key,
    client_id integer not null references client (client_id),
    worker_id integer not null references worker (worker_id),
    worker_name text not null,
    started_at integer not null,
    -- Last statement or press in the session; the session ends by itself after the
    -- assisted mode's idle time.
    last_at integer not null,
    ended_at integer,
    -- 'press' or 'idle'; null while the session lasts.
    ended_by text
);
create index supported_session_client on supported_session (client_id, started_at);

-- Who said a statement. `scope` is 'draft' (the plan being written), 'v<N>' (saved plan
-- version N) or 'followup:<id>'; `item` is the section or the follow-up item. Kept beside
-- the content, so the shape of an answer does not matter. `said` is 'own', 'pictures',
-- 'questions', 'interpreting' or 'note'; the writer is who pressed save.
create table statement_mark (
    client_id integer not null references client (client_id),
    scope text not null,
    item text not null,
    said text not null,
    by_role text not null,
    by_name text not null,
    supported_session_id integer references supported_session (supported_session_id),
    marked_at integer not null,
    primary key (client_id, scope, item)
);

-- "En ole samaa mieltä": the client disagrees with a statement someone else wrote. Only the
-- client adds one; rows are never changed or deleted (triggers refuse it).
create table statement_disagreement (
    disagreement_id integer primary key,
    client_id integer not null references client (client_id),
    scope text not null,
    item text not null,
    -- The client's own words; may be empty.
    words text not null,
    created_at integer not null
);
create index statement_disagreement_item on statement_disagreement (client_id, scope, item);

create trigger statement_disagreement_no_update before update on statement_disagreement
begin
    select raise(abort, 'statement_disagreement is append-only');
end;
create trigger statement_disagreement_no_delete before delete on statement_disagreement
begin
    select raise(abort, 'statement_disagreement is append-only');
end;
