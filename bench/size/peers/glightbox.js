// GLightbox loads whole, up front (it has no lazy core).
import GLightbox from 'glightbox';

GLightbox({ selector: '.glightbox' });
