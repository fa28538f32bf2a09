// Opening hours are read by the site's venue pages and by the CMS's welcome-letter warnings.
export * from '@velkomst/shared/opening-hours'
