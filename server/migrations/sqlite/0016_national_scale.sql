-- Indexes for the client's and the worker's pages at national scale (issue 16): 60,000
-- clients, 360,000 decisions with 720,000 support lines, a sign-in card each. Without them
-- each read below went through the whole table.

-- The money page's support lines of one decision (app/src/money/lines.rs).
create index support_line_decision on support_line (decision_id, line_id);
-- Whether a person has a card in use: the caseload page asks it for every client on it
-- (app/src/caseload/repo.rs), and issuing or revoking a card looks the owner's up.
create index sign_in_card_owner on sign_in_card (owner_kind, owner_id, revoked_at);
