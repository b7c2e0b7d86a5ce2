namespace Signpost.Core.Booking.Catalogue;

/// <summary>A problem with one form field (named as the form names it), in the user's words.</summary>
public sealed record FieldProblem(string Field, string Message);
