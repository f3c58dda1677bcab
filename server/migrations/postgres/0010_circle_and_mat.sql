-- My circle of support (the people and things that help the client) and talking-mat sorts
-- (the client's own view of a topic, one picture card at a time). Times are UTC milliseconds.

-- One person or thing in the client's circle of support: a name or just a role, how close
-- they are, and the help cards (ids of the plan's "what do you need help with" cards) they
-- help with. Removed people are kept with `removed_at`, so an old version can still be read.
create table circle_person (
    person_id bigint generated always as identity primary key,
    client_id bigint not null references client (client_id),
    name text not null,
    -- family, friends, paid or services (circle/closeness.rs).
    closeness text not null check (closeness in ('family', 'friends', 'paid', 'services')),
    -- Help card ids, separated by commas, in the order chosen.
    helps_with text not null default '',
    -- Raised by one on every change; a form names the version it was made from.
    version bigint not null,
    removed_at bigint,
    created_at bigint not null,
    updated_at bigint not null,
    -- Who wrote last: client, helper or worker (plan/actor.rs), and their name.
    updated_by_role text not null,
    updated_by_name text not null
);
create index circle_person_client on circle_person (client_id, removed_at);

-- One talking-mat sort of one topic (ids from public/mats/*.json). Each press is saved; the
-- sort is the client's own view in the plan once it is finished.
create table mat_sort (
    sort_id bigint generated always as identity primary key,
    client_id bigint not null references client (client_id),
    topic text not null,
    version bigint not null,
    -- Set on finishing: who was writing (plan/actor.rs), their name, and whether the client
    -- sorted alone or with someone helping. Moving a card afterwards opens the sort again.
    supported_by_role text,
    supported_by_name text,
    support text,
    finished_at bigint,
    created_at bigint not null,
    updated_at bigint not null,
    unique (client_id, topic)
);

-- Where one card of a sort was put: like, unsure or dislike.
create table mat_card (
    sort_id bigint not null references mat_sort (sort_id),
    card text not null,
    place text not null check (place in ('like', 'unsure', 'dislike')),
    primary key (sort_id, card)
);
