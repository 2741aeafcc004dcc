namespace Carafe.Forms.Fields;

/// <summary>The WTForms field a property becomes, from its type and its marker attributes.</summary>
internal enum FieldKind
{
    String, TextArea, Password, Hidden, Boolean, Submit, Integer, Decimal, Float, Date, DateTime, DateTimeLocal,
    Select, SelectMultiple, Radio, File, MultipleFile, FieldList, FormField,
}
