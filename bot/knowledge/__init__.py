"""What the bot knows: themes, resources, FAQ and the system messages, loaded from knowledge/."""
