-- Issue 13: a supported session that ends by itself (idle time) is a row in the client's
-- access log, as its start and its end by a press are. The log row names where the session
-- was held, so the session keeps the place ('home' or 'kiosk') it was started at. Sessions
-- started before this have none; their end by itself is logged as at the kiosk.
alter table supported_session add column place text;
