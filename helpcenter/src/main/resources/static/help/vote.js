// "Was this article helpful?" without leaving the page: the form's choice goes to the JSON API with the
// page's CSRF token, and the page shows the thanks (after "no", the request form's link) it already has.
// Without script, or when the API cannot be reached, the form is sent as it is and the page comes back.
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form.vote-form');
  if (!form) {
    return;
  }
  const token = document.querySelector('meta[name="csrf-token"]');
  const header = document.querySelector('meta[name="csrf-header"]');
  form.addEventListener('submit', async event => {
    if (!event.submitter || !token || !header) {
      return;
    }
    event.preventDefault();
    const helpful = event.submitter.value === 'true';
    try {
      const response = await fetch(form.dataset.api, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', [header.content]: token.content},
        body: JSON.stringify({helpful})
      });
      if (!response.ok) {
        throw new Error('vote refused: ' + response.status);
      }
      form.hidden = true;
      document.querySelector('#vote [data-vote="' + helpful + '"]').hidden = false;
    } catch (failed) {
      const choice = document.createElement('input');
      choice.type = 'hidden';
      choice.name = 'helpful';
      choice.value = String(helpful);
      form.appendChild(choice);
      HTMLFormElement.prototype.submit.call(form);
    }
  });
});
