namespace Signpost.Core.Translation.Exchange;

/// <summary>The file formats human translation tools read and write.</summary>
public enum ExchangeFormat
{
    Po,
    Xliff,
}
