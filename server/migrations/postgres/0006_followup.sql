-- Follow-up ("seuranta"): the dates of the follow-up meetings, and each follow-up the client
-- prepares and the worker completes at the meeting. Calendar dates are text 'YYYY-MM-DD';
-- times are UTC milliseconds.

-- A follow-up date. Made when a decision is saved (at most three months apart, added_by
-- 'rule'), or added by a worker ('worker'). A date kept from before a decision has none.
create table follow_up_date (
    date_id bigint generated always as identity primary key,
    client_id bigint not null references client (client_id),
    decision_id bigint references budget_decision (decision_id),
    due_on text not null,
    added_by text not null,
    created_at bigint not null,
    unique (client_id, due_on)
);

-- One follow-up, for one date. `content` is JSON: the answer to each wish and goal, what
-- works, what does not, what should change, and the worker's notes and the agreed change,
-- each with who wrote it. Raised `version` on every write: a write names the version it was
-- based on, so a client and a worker never overwrite each other silently.
create table follow_up (
    follow_up_id bigint generated always as identity primary key,
    client_id bigint not null references client (client_id),
    date_id bigint not null unique references follow_up_date (date_id),
    content text not null,
    version bigint not null,
    updated_at bigint not null,
    -- Set when the worker completed it at the meeting; never changed after that.
    completed_at bigint,
    completed_by_name text,
    -- The plan version the agreed change started, if there was one.
    new_plan_version bigint
);
create index follow_up_client on follow_up (client_id);
