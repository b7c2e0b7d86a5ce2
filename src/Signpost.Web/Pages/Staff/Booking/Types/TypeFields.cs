namespace Signpost.Web.Pages.Staff.Booking.Types;

/// <summary>What the shared type fields partial needs: the form, whether it edits an existing type, and whether its length is fixed.</summary>
public sealed record TypeFields(TypeForm Form, bool Editing, bool LengthLocked);
