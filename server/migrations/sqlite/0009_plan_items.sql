-- Plan items have stable ids (picture cards and own words, issue 13): a support line links
-- to a wish by the item's id, so the link stays when the plan is put in a new order.
-- item_index stays as the item's place when linked. Links made before this had no id: an
-- item of such a plan has its place as its id ("0", "1", ...), so those links keep working.
alter table support_line_wish add column item_id text;
update support_line_wish set item_id = cast(item_index as text);
