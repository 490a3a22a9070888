"""RL: rewards and adapters that make the harness a training environment."""
