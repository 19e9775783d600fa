/*
 * The layout's own behaviour, kept in a file because the Content-Security-Policy runs no inline handlers:
 * the menu button opens and closes the side menu on narrow screens.
 */
document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('.menu-toggle')) {
        document.body.classList.toggle('menu-open');
    }
});
