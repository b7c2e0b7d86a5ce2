namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>An HSDS page object: the list endpoints answer with one.</summary>
public sealed record HsdsPage<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);
