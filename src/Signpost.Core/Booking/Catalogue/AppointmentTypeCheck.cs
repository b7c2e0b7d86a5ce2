namespace Signpost.Core.Booking.Catalogue;

/// <summary>The result of checking an <see cref="AppointmentTypeInput"/>: the values (when there are no problems) or the problems.</summary>
public sealed record AppointmentTypeCheck(AppointmentType? Values, IReadOnlyList<FieldProblem> Problems);
