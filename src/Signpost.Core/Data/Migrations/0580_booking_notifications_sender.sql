-- Booking messages are delivered through the same sender as navigation's outbox (GOV.UK Notify, or the
-- development sender). Each message records which sender handled it; the development sender's store is
-- dev_sent_notifications for both outboxes, so booking's own copy goes (it only ever held development text).
alter table booking_notifications add column sender text null;
drop table notification_dev_messages;
