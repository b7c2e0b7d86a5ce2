-- The 8 a.m. rush (issue 6): a free-slot search walks one index per fitting site and appointment type, in the
-- order it answers in (start, then id), so it reads only the few slots it returns and stops (SlotSearchSql).
-- The by-type index let the planner scan every practice's free slots of a type and sort them when the table's
-- statistics were stale (just after slots were generated): 3,000 to 50,000 buffers per search instead of ~10.
create index booking_slots_free on booking_slots (site_id, appointment_type_id, start_at, id) where status = 'free';
drop index booking_slots_free_by_site;
drop index booking_slots_free_by_type;
