namespace Signpost.Web.Pages.Staff.Booking.Schedules;

public sealed record RotaTableRow(Guid Id, IReadOnlyList<string> Cells);
