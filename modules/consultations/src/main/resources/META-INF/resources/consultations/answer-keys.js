/* Keyboard on the answering screen: Alt+→ / Alt+← next and previous article, Alt+S save. */
document.addEventListener('keydown', function (e) {
  if (!e.altKey) {
    return;
  }
  var id = e.key === 'ArrowRight' ? 'answer:next-article' : e.key === 'ArrowLeft' ? 'answer:prev-article'
      : (e.key === 's' || e.key === 'S') ? 'answer:save' : null;
  var button = id && document.getElementById(id);
  if (button && !button.disabled) {
    e.preventDefault();
    if (document.activeElement) {
      document.activeElement.blur();
    }
    button.click();
  }
});
