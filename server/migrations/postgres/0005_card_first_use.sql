-- A new card, or a card whose picture PIN a worker reset, lets whoever holds it choose the
-- PIN. That choice is open only until `choose_until` (UTC ms), so a card left lying about
-- cannot be taken over later (security review F1). Cards already out get 14 days from now.
alter table sign_in_card add column choose_until bigint;
update sign_in_card
   set choose_until = (extract(epoch from now()) * 1000)::bigint + 1209600000
 where revoked_at is null;

-- A sign-in in progress at a kiosk ends after the kiosk's idle time since the last press,
-- like a signed-in session there, so the next person cannot continue it.
alter table sign_in_attempt add column pressed_at bigint;

-- Why a worker or admin reached a client outside their own caseload (break-glass), shown to
-- the client in their log. Empty for every other row; the row hash covers it when present.
alter table access_log add column reason text;

-- Kiosk devices (security review F4): a worker's kiosk code gives the device a random token,
-- kept here only as its hash and sent back as the __Host-kiosk cookie. The server reads the
-- kiosk mark from that cookie; a cookie a browser sets itself marks nothing.
create table kiosk_device (
    token_hash text primary key,
    created_at bigint not null,
    removed_at bigint
);

-- A hash of what a creating form carried, so that the same key sent again with other
-- contents is refused instead of being told "saved" (security review F13).
alter table form_submission add column payload_hash text;

-- A worker an admin took out of use (security review F21): they cannot sign in, and their
-- sessions ended when it was done.
alter table worker add column deactivated_at bigint;

-- Rows whose hash is keyed (HMAC-SHA256 with a key kept outside the database, security
-- review F5); older rows keep their plain SHA-256.
alter table access_log add column keyed bigint not null default 0;

-- TRUNCATE skips row triggers: refuse it too.
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_append_only();
