using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Signpost.Web.Tests.Pages.Staff.ServiceDirectory;

/// <summary>Reads every value a browser would submit from a form (inputs, ticked boxes, selects, textareas), so tests change only what they mean to.</summary>
public static class FormValues
{
    public static List<KeyValuePair<string, string>> Read(IElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input").Cast<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name)) continue;
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            values.Add(new(input.Name, input.Value));
        }
        foreach (var select in form.QuerySelectorAll("select").Cast<IHtmlSelectElement>())
        {
            var chosen = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
            if (chosen is not null) values.Add(new(select.Name!, chosen.Value));
        }
        foreach (var area in form.QuerySelectorAll("textarea").Cast<IHtmlTextAreaElement>()) values.Add(new(area.Name!, area.Value));
        return values;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> values, string name, params string[] newValues)
    {
        values.RemoveAll(v => v.Key == name);
        values.AddRange(newValues.Select(v => new KeyValuePair<string, string>(name, v)));
        return values;
    }
}
