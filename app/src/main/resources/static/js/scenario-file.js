// Reads a chosen scenario file into the text area, so that the form posts its JSON as text.
(function () {
  "use strict";
  var input = document.getElementById("scenario-file");
  if (!input || !window.FileReader) {
    return;
  }
  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    var target = document.getElementById(input.dataset.target);
    if (!file || !target) {
      return;
    }
    var reader = new FileReader();
    reader.onload = function () { target.value = reader.result; };
    reader.readAsText(file);
  });
})();
