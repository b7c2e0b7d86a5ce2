namespace Signpost.Core.Booking;

public static class BookingLinkPurposes
{
    public const string SelfBook = "self-book";
    public const string Manage = "manage";
    public const string Offer = "offer";
}
