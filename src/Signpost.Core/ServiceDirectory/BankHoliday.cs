namespace Signpost.Core.ServiceDirectory;

/// <summary>A bank holiday in England and Wales (shipped in data/directory).</summary>
public class BankHoliday
{
    public DateOnly OnDate { get; set; }
    public required string Name { get; set; }
}
