"""The window: thin widgets over the services. No widget runs SQL or holds a rule of the campaign."""
