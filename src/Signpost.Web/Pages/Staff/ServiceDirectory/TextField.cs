namespace Signpost.Web.Pages.Staff.ServiceDirectory;

/// <summary>One text field of the service form: its form key (Form.Name), label, value and hint; a textarea when Rows > 1.</summary>
public sealed record TextField(string Field, string Label, string? Value, string? Hint = null, int Rows = 1, string Width = "")
{
    public string Key => ServiceForm.Key(Field);
    public string Id => Key.Replace('.', '_');
}
