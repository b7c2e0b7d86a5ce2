namespace Signpost.Core.Booking;

/// <summary>Who an appointment is for, and how to reach them (never written to application logs).</summary>
public sealed record PatientDetails(string Name, string? NhsNumber, string? Phone, string? Email, string Language = "en");
