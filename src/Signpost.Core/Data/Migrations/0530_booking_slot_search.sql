-- Finding the earliest free slot that fits a person starts from the few sites that fit them (their practice's
-- and their PCN hub's): free slots by site, type and start make that a short index scan per site.
create index booking_slots_free_by_site on booking_slots (site_id, appointment_type_id, start_at) where status = 'free';
create index booking_sites_practice_code on booking_sites (practice_code) where practice_code is not null;
create index pcn_members_practice on pcn_members (practice_code);
