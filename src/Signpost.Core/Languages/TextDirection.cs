namespace Signpost.Core.Languages;

public enum TextDirection
{
    LeftToRight,
    RightToLeft,
}
