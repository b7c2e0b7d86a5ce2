namespace Signpost.Core.Booking.Catalogue;

/// <summary>The result of saving an appointment type: its id, or the problem that stopped the save (nothing changed).</summary>
public sealed record AppointmentTypeSave(Guid? Id, FieldProblem? Problem);
