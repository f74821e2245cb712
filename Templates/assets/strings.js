/* The interface strings of the theme's scripts (search.js, tags.js). No dependencies.

   The page's <script type="application/json" id="glossary-strings"> holds the js_ keys of
   the theme's i18n/<code>.yml, resolved for the site's language by the build; it is read
   as data, never run. A key it lacks, or a page without it, gets the English that the
   calling script carries. A count is {forms: {one, few, ..., other}, language}:
   Intl.PluralRules (CLDR) picks the form. */
(function () {
  "use strict";

  var STRINGS = (function () {
    var source = document.getElementById("glossary-strings"), data = null;
    try {
      data = source ? JSON.parse(source.textContent || "{}") : null;
    } catch (error) {
      data = null;
    }
    return data && typeof data.strings === "object" && data.strings ? data.strings : {};
  })();

  function fillIn(text, values) {
    return String(text).replace(/\{([a-z_]+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  function pluralForm(value, count) {
    if (typeof value === "string") return value;
    if (!value || typeof value !== "object" || !value.forms) return null;
    var category;
    try {
      category = new Intl.PluralRules(value.language || document.documentElement.lang || "en").select(count);
    } catch (error) {
      category = count === 1 ? "one" : "other";
    }
    return typeof value.forms[category] === "string" ? value.forms[category] : value.forms.other;
  }

  // The string `key`, with {name} filled from `values`; `count` chooses a plural form.
  function lookup(english, key, values, count) {
    var n = count === undefined ? 0 : count;
    var text = pluralForm(STRINGS[key], n);
    if (typeof text !== "string") text = pluralForm(english[key], n);
    return fillIn(typeof text === "string" ? text : key, values);
  }

  // ui(key, values, count) for a script whose own English strings are `english`.
  window.glossaryStrings = function (english) {
    return function ui(key, values, count) {
      return lookup(english, key, values, count);
    };
  };
})();
