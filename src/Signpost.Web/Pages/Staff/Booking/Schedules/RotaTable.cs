namespace Signpost.Web.Pages.Staff.Booking.Schedules;

/// <summary>A table of a schedule's rules, each row with a remove button posting <see cref="Handler"/> for its id.</summary>
public sealed record RotaTable(string Id, Guid ScheduleId, string Handler, string Action, IReadOnlyList<string> Headers, IReadOnlyList<RotaTableRow> Rows, string Empty);
